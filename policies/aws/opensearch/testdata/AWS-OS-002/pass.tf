resource "aws_opensearch_domain" "vectors" {
  domain_name    = "rag-vectors"
  engine_version = "OpenSearch_2.13"

  encrypt_at_rest {
    enabled = true
  }
}
