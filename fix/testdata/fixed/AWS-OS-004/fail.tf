resource "aws_opensearch_domain" "vectors" {
  domain_name    = "rag-vectors"
  engine_version = "OpenSearch_2.13"

  domain_endpoint_options {
    enforce_https       = true # want: AWS-OS-004 col 27
    tls_security_policy = "Policy-Min-TLS-1-2-PFS-2023-10" # want: AWS-OS-004 col 27
  }
}
