variable "mutability" {}

resource "aws_ecr_repository" "server" {
  name                 = "model-server"
  image_tag_mutability = "IMMUTABLE"
}

resource "aws_ecr_repository" "unknown" {
  name                 = "agent"
  image_tag_mutability = var.mutability
}
