"""Webhook delivery core: SSRF-guarded HTTP client, Standard Webhooks signing,
retry policy, subscription records and filters, and one delivery attempt.

Pure or self-contained; the Faust shell (agents, API, CLI) calls into these.
"""
from monitor.webhooks.policy import DEFAULT_SCHEDULE, Outcome, classify, next_attempt_delay
from monitor.webhooks.sender import AttemptResult, deliver
from monitor.webhooks.signing import new_secret, sign_headers, verify
from monitor.webhooks.ssrf import SSRFError, guarded_client, validate_url
from monitor.webhooks.subscriptions import matches, new_subscription, redact

__all__ = [
    "DEFAULT_SCHEDULE", "AttemptResult", "Outcome", "SSRFError", "classify", "deliver",
    "guarded_client", "matches", "new_secret", "new_subscription", "next_attempt_delay",
    "redact", "sign_headers", "validate_url", "verify",
]
