resource "aws_sagemaker_notebook_instance" "default" { # want: AWS-SM-002 col 1
  name          = "research"
  role_arn      = "arn:aws:iam::123456789012:role/sagemaker"
  instance_type = "ml.t3.medium"
  root_access   = "Disabled"
}

resource "aws_sagemaker_notebook_instance" "enabled" {
  name                   = "research-2"
  role_arn               = "arn:aws:iam::123456789012:role/sagemaker"
  instance_type          = "ml.t3.medium"
  root_access            = "Disabled" # want: AWS-SM-002 col 28
}
