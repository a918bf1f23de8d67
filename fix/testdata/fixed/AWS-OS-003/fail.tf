resource "aws_opensearch_domain" "vectors" { # want: AWS-OS-003 col 1
  domain_name    = "rag-vectors"
  engine_version = "OpenSearch_2.13"

  node_to_node_encryption {
    enabled = true
  }
}

resource "aws_elasticsearch_domain" "off" {
  domain_name           = "legacy-search"
  elasticsearch_version = "7.10"

  node_to_node_encryption {
    enabled = true # want: AWS-OS-003 col 15
  }
}
