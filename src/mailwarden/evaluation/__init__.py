"""`mailwarden eval`: quality on labelled mail, with the counts behind every figure, beside peers.

labels   -> what each message truly is (folders, manifests, --label)
runner   -> one streamed pass: Mailwarden's verdicts, peers' answers, CPU time
metrics  -> recall, precision, FPR, recall at fixed FPR, curves (pure functions)
health   -> per-detector coverage on attacks / spam / good mail
report   -> one JSON-able dict; render/ turns it into terminal tables and a self-contained HTML page
peers/   -> SpamAssassin (spamd) and Rspamd run offline on a local port
mistakes -> every miss and false alarm written out for review
"""
