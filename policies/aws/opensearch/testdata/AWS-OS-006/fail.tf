resource "aws_opensearch_domain" "vectors" { # want: AWS-OS-006 col 1
  domain_name    = "rag-vectors"
  engine_version = "OpenSearch_2.13"
}

resource "aws_opensearch_domain" "slow_only" {
  domain_name    = "rag-vectors-2"
  engine_version = "OpenSearch_2.13"

  log_publishing_options { # want: AWS-OS-006 col 3
    log_type                 = "INDEX_SLOW_LOGS"
    cloudwatch_log_group_arn = "arn:aws:logs:eu-west-1:123456789012:log-group:slow"
  }
}
