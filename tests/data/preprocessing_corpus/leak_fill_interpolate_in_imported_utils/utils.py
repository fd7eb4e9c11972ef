def clean_series(frame, columns):
    frame = frame.sort_values("timestamp")
    frame[columns] = frame[columns].interpolate(method="linear").bfill()
    return frame
