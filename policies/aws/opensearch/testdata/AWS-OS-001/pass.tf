variable "subnets" {}

resource "aws_opensearch_domain" "vectors" {
  domain_name    = "rag-vectors"
  engine_version = "OpenSearch_2.13"

  vpc_options {
    subnet_ids         = ["subnet-0a1b2c3d"]
    security_group_ids = ["sg-0a1b2c3d"]
  }
}

resource "aws_opensearch_domain" "unknown" {
  domain_name    = "rag-vectors-2"
  engine_version = "OpenSearch_2.13"

  vpc_options {
    subnet_ids = var.subnets
  }
}
