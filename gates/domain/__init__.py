"""What a rule is and the sign-off vocabulary: chains, tiers, the content hash, approvals and their verdicts.

Pure: no git, no files. gitrecord/ turns history into these objects; rules and actions reason with them.
"""
