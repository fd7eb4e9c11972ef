import pandas as pd
from sklearn.preprocessing import OrdinalEncoder

cars = pd.read_csv("car_insurance_claims.csv")
cats = ["vehicle_type", "region_code", "fuel_type", "segment"]
cars[cats] = OrdinalEncoder().fit_transform(cars[cats])
cars.to_csv("claims_encoded.csv", index=False)
