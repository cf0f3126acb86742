"""What the composition root and the `run` command tell the operator (one place, rule 13)."""

SLACK_HTTP_NEEDS_SLACK = (
    "--slack-http needs Slack credentials: set SLACK_BOT_TOKEN (one workspace) or "
    "SLACK_CLIENT_ID and SLACK_CLIENT_SECRET (install to many workspaces)"
)
SLACK_HTTP_NEEDS_SECRET = (
    "--slack-http needs SLACK_SIGNING_SECRET (Slack app -> Basic Information -> App "  # noqa: S105
    "Credentials) to verify that requests come from Slack"
)
SLACK_OAUTH_NEEDS_HTTP = (
    "installing to many workspaces (SLACK_CLIENT_ID/SLACK_CLIENT_SECRET without "
    "SLACK_BOT_TOKEN) needs HTTP mode: run with --slack-http"
)
SLACK_NEEDS_MODE = (
    "SLACK_BOT_TOKEN is set but not SLACK_APP_TOKEN: set SLACK_APP_TOKEN for Socket Mode, or "
    "run with --slack-http (and SLACK_SIGNING_SECRET) to serve Slack over HTTP"
)
FACT_BASE_INVALID = "the fact base does not validate ({count} problems); run: briefbot facts check"
ONLY_NOT_CONFIGURED = (
    "--only {platform}: {platform} is not configured (Slack: SLACK_BOT_TOKEN or "
    "SLACK_CLIENT_ID/SLACK_CLIENT_SECRET; Discord: DISCORD_TOKEN)"
)
SLACK_HTTP_WITHOUT_SLACK = (
    "--slack-http serves Slack, but --only leaves Slack out: add --only slack"
)
