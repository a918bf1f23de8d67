resource "aws_opensearch_domain" "vectors" {
  domain_name    = "rag-vectors"
  engine_version = "OpenSearch_2.13"

  domain_endpoint_options {
    enforce_https       = false # want: AWS-OS-004 col 27
    tls_security_policy = "Policy-Min-TLS-1-0-2019-07" # want: AWS-OS-004 col 27
  }
}
