import Testing

/// Every end-to-end test runs one at a time: each drives a real terminal and a real binary, and
/// two at once on a small machine make timing, not behaviour, decide the outcome.
@Suite(.serialized) enum EndToEnd {}
