resource "aws_opensearch_domain" "vectors" { # want: AWS-OS-002 col 1
  domain_name    = "rag-vectors"
  engine_version = "OpenSearch_2.13"

  encrypt_at_rest {
    enabled = true
  }
}

resource "aws_opensearch_domain" "off" {
  domain_name    = "rag-vectors-2"
  engine_version = "OpenSearch_2.13"

  encrypt_at_rest {
    enabled = true # want: AWS-OS-002 col 15
  }
}
