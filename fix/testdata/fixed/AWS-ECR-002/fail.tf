resource "aws_ecr_repository" "server" { # want: AWS-ECR-002 col 1
  name                 = "model-server"
  image_tag_mutability = "IMMUTABLE"
}

resource "aws_ecr_repository" "mutable" {
  name                 = "agent"
  image_tag_mutability = "IMMUTABLE" # want: AWS-ECR-002 col 26
}
