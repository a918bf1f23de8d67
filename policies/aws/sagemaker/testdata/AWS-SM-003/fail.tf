resource "aws_sagemaker_notebook_instance" "research" { # want: AWS-SM-003 col 1
  name          = "research"
  role_arn      = "arn:aws:iam::123456789012:role/sagemaker"
  instance_type = "ml.t3.medium"
}

resource "aws_sagemaker_domain" "studio" { # want: AWS-SM-003 col 1
  domain_name = "studio"
  auth_mode   = "IAM"
  vpc_id      = "vpc-0123456789abcdef0"
  subnet_ids  = ["subnet-0123456789abcdef0"]

  default_user_settings {
    execution_role = "arn:aws:iam::123456789012:role/sagemaker"
  }
}
