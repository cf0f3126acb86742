"""The Discord adapter: a discord.py client with a `/brief` app-command tree.

Importing this package imports nothing from discord; import the submodules (`client`,
`embeds`, `views`, `publisher`) where they are needed.
"""
