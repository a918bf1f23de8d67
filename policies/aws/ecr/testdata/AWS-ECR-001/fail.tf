resource "aws_ecr_repository" "server" { # want: AWS-ECR-001 col 1
  name = "model-server"
}

resource "aws_ecr_repository" "off" {
  name = "agent"

  image_scanning_configuration {
    scan_on_push = false # want: AWS-ECR-001 col 20
  }
}
