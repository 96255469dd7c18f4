print("coopchart")
