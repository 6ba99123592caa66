-- wrk script: cycles through the request paths listed in the file named by MIX_PATHS, one per line,
-- each connection starting at its own offset.
local paths = {}
for line in io.lines(os.getenv("MIX_PATHS")) do paths[#paths + 1] = line end
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1], { ["Accept"] = "application/sparql-results+json" })
end
