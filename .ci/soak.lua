-- `make soak`'s page views: wrk cycles through these paths with the signed-in cookie from -H.
local paths = { "/ab", "/ects", "/schools/1", "/ects/1", "/ab/decisions", "/healthz", "/static/css/induct.css", "/help" }
local index = 0
request = function()
  index = index % #paths + 1
  return wrk.format("GET", paths[index])
end
