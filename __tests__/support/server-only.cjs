// server-only throws outside a React Server environment; tests run server code directly.
module.exports = {};
