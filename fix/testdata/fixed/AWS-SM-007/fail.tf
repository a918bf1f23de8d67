resource "aws_sagemaker_model" "default" { # want: AWS-SM-007 col 1, AWS-SM-007 col 1
  name                     = "llm"
  execution_role_arn       = "arn:aws:iam::123456789012:role/sagemaker"
  enable_network_isolation = true

  primary_container {
    image = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/llm:1"
  }
}

resource "aws_sagemaker_model" "in_vpc" {
  name                     = "llm-vpc"
  execution_role_arn       = "arn:aws:iam::123456789012:role/sagemaker"
  enable_network_isolation = true # want: AWS-SM-007 col 30

  primary_container {
    image = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/llm:1"
  }

  vpc_config {
    subnets            = ["subnet-0123456789abcdef0"]
    security_group_ids = ["sg-0123456789abcdef0"]
  }
}
