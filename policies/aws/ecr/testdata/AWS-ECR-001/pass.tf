resource "aws_ecr_repository" "server" {
  name = "model-server"

  image_scanning_configuration {
    scan_on_push = true
  }
}
