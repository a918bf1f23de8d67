resource "aws_opensearch_domain" "vectors" {
  domain_name    = "rag-vectors"
  engine_version = "OpenSearch_2.13"

  domain_endpoint_options {
    enforce_https       = true
    tls_security_policy = "Policy-Min-TLS-1-2-PFS-2023-10"
  }
}

# Nothing written: the service default applies; not reported.
resource "aws_opensearch_domain" "defaults" {
  domain_name    = "rag-vectors-2"
  engine_version = "OpenSearch_2.13"
}
