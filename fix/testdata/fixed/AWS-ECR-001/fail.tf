resource "aws_ecr_repository" "server" { # want: AWS-ECR-001 col 1
  name = "model-server"

  image_scanning_configuration {
    scan_on_push = true
  }
}

resource "aws_ecr_repository" "off" {
  name = "agent"

  image_scanning_configuration {
    scan_on_push = true # want: AWS-ECR-001 col 20
  }
}
