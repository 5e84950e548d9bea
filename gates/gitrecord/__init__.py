"""Git as the approval record: read history once, verify SSH signatures in-process, write signed approvals."""
