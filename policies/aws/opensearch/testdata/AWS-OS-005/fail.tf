resource "aws_opensearch_domain" "vectors" { # want: AWS-OS-005 col 1
  domain_name    = "rag-vectors"
  engine_version = "OpenSearch_2.13"
}
