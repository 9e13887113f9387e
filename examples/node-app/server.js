// A tiny Express server: answers GET / on port 3000.
const express = require("express");

const app = express();
const port = 3000;

app.get("/", (req, res) => {
  res.send("Hello from practice_backend!");
});

app.listen(port, () => {
  console.log(`practice_backend listening on port ${port}`);
});
