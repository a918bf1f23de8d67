resource "aws_efs_file_system" "datasets" { # want: AWS-EFS-001 col 1
  creation_token = "datasets"
}

resource "aws_efs_file_system" "off" {
  creation_token = "checkpoints"
  encrypted      = false # want: AWS-EFS-001 col 20
}
