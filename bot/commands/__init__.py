"""One module per `briefbot` command; see `bot.cli`."""
