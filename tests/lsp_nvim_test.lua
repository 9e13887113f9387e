-- Headless Neovim (0.7+) as a real LSP client for `dflint lsp`; run by
-- tests/lsp_nvim_test.sh:
--   DFLINT=… DOCKERFILE=… OUT=… nvim --headless -n -i NONE -u lsp_nvim_test.lua
-- Writes to OUT:
--   "diag CODE LNUM COL END_LNUM END_COL" for each diagnostic after opening
--   (0-based lines, byte columns as Neovim stores them),
--   "hover OK" when hovering FROM shows its documentation,
--   "action TITLE" for each code action on the first finding of line 3,
--   "edited CODE LNUM COL END_LNUM END_COL" after an edit (incremental sync),
--   "done" at the end.
local dflint = assert(os.getenv("DFLINT"))
local file = assert(os.getenv("DOCKERFILE"))
local out_path = assert(os.getenv("OUT"))
local lines = {}
local function emit(s) table.insert(lines, s) end
local function finish(code)
  local f = assert(io.open(out_path, "w"))
  f:write(table.concat(lines, "\n") .. "\n")
  f:close()
  vim.cmd(code == 0 and "qa!" or "cq!")
end

vim.cmd("edit " .. vim.fn.fnameescape(file))
local bufnr = vim.api.nvim_get_current_buf()

local published = 0
local client_id = vim.lsp.start_client({
  name = "dflint",
  cmd = { dflint, "lsp" },
  root_dir = vim.fn.fnamemodify(file, ":p:h"),
  flags = { debounce_text_changes = 20 },
  handlers = {
    ["textDocument/publishDiagnostics"] = function(err, result, ctx, config)
      vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, config)
      published = published + 1
    end,
  },
})
if not client_id then
  emit("error start_client failed")
  finish(1)
  return
end
vim.lsp.buf_attach_client(bufnr, client_id)

local function dump(tag)
  local diags = vim.diagnostic.get(bufnr)
  table.sort(diags, function(a, b)
    if a.lnum ~= b.lnum then return a.lnum < b.lnum end
    if a.col ~= b.col then return a.col < b.col end
    return tostring(a.code) < tostring(b.code)
  end)
  for _, d in ipairs(diags) do
    emit(string.format("%s %s %d %d %d %d", tag, tostring(d.code), d.lnum, d.col, d.end_lnum, d.end_col))
  end
end

if not vim.wait(20000, function() return published >= 1 end, 20) then
  emit("error no diagnostics published")
  finish(1)
  return
end
dump("diag")

-- Hover on FROM (line 0, column 1).
local client = vim.lsp.get_client_by_id(client_id)
local hover = vim.lsp.buf_request_sync(bufnr, "textDocument/hover", {
  textDocument = { uri = vim.uri_from_bufnr(bufnr) },
  position = { line = 0, character = 1 },
}, 5000)
for _, r in pairs(hover or {}) do
  if r.result and r.result.contents and string.find(r.result.contents.value, "**FROM**", 1, true) then emit("hover OK") end
end

-- Code actions on line 2 (0-based), where the RUN instruction is.
local actions = vim.lsp.buf_request_sync(bufnr, "textDocument/codeAction", {
  textDocument = { uri = vim.uri_from_bufnr(bufnr) },
  range = { start = { line = 2, character = 0 }, ["end"] = { line = 2, character = 200 } },
  context = { diagnostics = {} },
}, 5000)
local titles = {}
for _, r in pairs(actions or {}) do
  for _, a in ipairs(r.result or {}) do table.insert(titles, a.title) end
end
table.sort(titles)
for _, t in ipairs(titles) do emit("action " .. t) end

-- An edit: tag the base image on line 0 (sent as an incremental change).
local before = published
vim.api.nvim_buf_set_text(bufnr, 0, 11, 0, 11, { ":22.04" })
if not vim.wait(20000, function() return published > before end, 20) then
  emit("error no diagnostics after the edit")
  finish(1)
  return
end
dump("edited")
local f = io.open(out_path .. ".edited", "w")
f:write(table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), "\n") .. "\n")
f:close()
emit("sync " .. tostring(client.resolved_capabilities and client.resolved_capabilities.text_document_did_change))

vim.lsp.stop_client(client_id)
vim.wait(2000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 20)
emit("done")
finish(0)
