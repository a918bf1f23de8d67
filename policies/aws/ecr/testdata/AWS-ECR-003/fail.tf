resource "aws_ecr_repository" "server" { # want: AWS-ECR-003 col 1
  name = "model-server"
}

resource "aws_ecr_repository" "aes" {
  name = "agent"

  encryption_configuration {
    encryption_type = "AES256" # want: AWS-ECR-003 col 23
  }
}
