"""The Slack adapter: a slack-bolt `AsyncApp` that renders the core's replies as Block Kit.

Importing this package imports nothing from slack_bolt or slack_sdk; import the submodules
(`app`, `blocks`, `publisher`, `http`, `oauth`) where they are needed.
"""
