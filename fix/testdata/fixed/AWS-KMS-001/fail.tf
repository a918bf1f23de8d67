resource "aws_kms_key" "default" { # want: AWS-KMS-001 col 1
  description         = "training data"
  enable_key_rotation = true
}

resource "aws_kms_key" "off" {
  description              = "model artifacts"
  customer_master_key_spec = "SYMMETRIC_DEFAULT"
  enable_key_rotation      = true # want: AWS-KMS-001 col 30
}
