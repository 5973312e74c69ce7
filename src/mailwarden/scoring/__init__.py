"""From signals to a verdict: the Scorer protocol, the cold-start scorer and the Verdict contract."""
