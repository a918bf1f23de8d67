resource "aws_sagemaker_domain" "default" { # want: AWS-SM-005 col 1
  domain_name = "studio"
  auth_mode   = "IAM"
  vpc_id      = "vpc-0123456789abcdef0"
  subnet_ids  = ["subnet-0123456789abcdef0"]

  default_user_settings {
    execution_role = "arn:aws:iam::123456789012:role/sagemaker"
  }
}

resource "aws_sagemaker_domain" "public" {
  domain_name             = "studio-2"
  auth_mode               = "IAM"
  vpc_id                  = "vpc-0123456789abcdef0"
  subnet_ids              = ["subnet-0123456789abcdef0"]
  app_network_access_type = "PublicInternetOnly" # want: AWS-SM-005 col 29

  default_user_settings {
    execution_role = "arn:aws:iam::123456789012:role/sagemaker"
  }
}
