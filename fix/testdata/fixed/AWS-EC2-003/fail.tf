resource "aws_instance" "notebook" {
  ami                         = "ami-0123456789abcdef0"
  instance_type               = "g5.xlarge"
  associate_public_ip_address = false # want: AWS-EC2-003 col 33
}

resource "aws_launch_template" "nodes" {
  name = "gpu-nodes"

  network_interfaces {
    associate_public_ip_address = false # want: AWS-EC2-003 col 35
  }
}
