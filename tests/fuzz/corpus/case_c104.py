x = f"{x}" "plain" f"{y!s}" rf"
{z}"
