"""Link extraction: cue lexicons, parties of a sentence, pairs, merging per document."""
