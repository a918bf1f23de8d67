resource "aws_efs_file_system" "datasets" {
  creation_token = "datasets"
  encrypted      = true
}
