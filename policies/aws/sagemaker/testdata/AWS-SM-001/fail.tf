resource "aws_sagemaker_notebook_instance" "default" { # want: AWS-SM-001 col 1
  name          = "research"
  role_arn      = "arn:aws:iam::123456789012:role/sagemaker"
  instance_type = "ml.t3.medium"
}

resource "aws_sagemaker_notebook_instance" "enabled" {
  name                   = "research-2"
  role_arn               = "arn:aws:iam::123456789012:role/sagemaker"
  instance_type          = "ml.t3.medium"
  direct_internet_access = "Enabled" # want: AWS-SM-001 col 28
}
