import pandas as pd

FUEL = {"Petrol": 0, "Diesel": 1, "CNG": 2}
SEGMENT = {"A": 0, "B1": 1, "B2": 2, "C1": 3, "C2": 4, "Utility": 5}
cars = pd.read_csv("car_insurance_claims.csv")
cars["fuel_type"] = cars["fuel_type"].map(FUEL)
cars["segment"] = cars["segment"].map(SEGMENT)
cars.to_csv("claims_encoded.csv", index=False)
