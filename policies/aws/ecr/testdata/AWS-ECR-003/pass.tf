resource "aws_kms_key" "ecr" {
  description         = "ecr"
  enable_key_rotation = true
}

resource "aws_ecr_repository" "server" {
  name = "model-server"

  encryption_configuration {
    encryption_type = "KMS"
    kms_key         = aws_kms_key.ecr.arn
  }
}
