variable "isolated" {}

resource "aws_sagemaker_model" "isolated" {
  name                     = "llm"
  execution_role_arn       = "arn:aws:iam::123456789012:role/sagemaker"
  enable_network_isolation = true

  primary_container {
    image = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/llm:1"
  }
}

resource "aws_sagemaker_model" "unknown" {
  name                     = "llm-2"
  execution_role_arn       = "arn:aws:iam::123456789012:role/sagemaker"
  enable_network_isolation = var.isolated

  primary_container {
    image = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/llm:1"
  }
}
