resource "aws_opensearch_domain" "vectors" { # want: AWS-OS-001 col 1
  domain_name    = "rag-vectors"
  engine_version = "OpenSearch_2.13"
}

resource "aws_elasticsearch_domain" "legacy" { # want: AWS-OS-001 col 1
  domain_name           = "legacy-search"
  elasticsearch_version = "7.10"
}
