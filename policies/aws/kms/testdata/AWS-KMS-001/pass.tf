variable "rotate" {}

resource "aws_kms_key" "rotating" {
  description         = "training data"
  enable_key_rotation = true
}

# Asymmetric keys cannot rotate automatically.
resource "aws_kms_key" "signing" {
  description              = "model signing"
  key_usage                = "SIGN_VERIFY"
  customer_master_key_spec = "ECC_NIST_P256"
}

resource "aws_kms_key" "unknown" {
  description         = "unknown"
  enable_key_rotation = var.rotate
}
