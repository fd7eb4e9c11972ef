"""Preprocessing analysis, recall on code written by others (issue 15): each mechanism on real code strings
through the public entry points, with a clean look-alike that must stay clean."""

from __future__ import annotations

import json
import textwrap

from dataaudit.auditors.preprocessing.code_files import load_code_file
from dataaudit.auditors.preprocessing.leaks import analyse_code_file
from dataaudit.auditors.preprocessing.program import analyse_code_files, hand_offs


def _leaks(source: str, name: str = "train.py") -> list[tuple[str, str]]:
    analysis = analyse_code_file(load_code_file(name, textwrap.dedent(source)))
    assert not analysis.problems, analysis.problems  # the snippet parsed: an empty answer means something
    return [(lk.code, lk.fit_location) for lk in analysis.leaks]


def _program(files: dict[str, str]) -> list[tuple[str, str]]:
    parts = analyse_code_files({k: textwrap.dedent(v) for k, v in files.items()})
    assert not [x for p in parts for x in p.analysis.problems]
    return [(lk.code, lk.fit_location) for p in parts for lk in p.analysis.leaks]


def _notebook(*cells: str) -> str:
    return json.dumps({"cells": [{"cell_type": "code", "execution_count": None, "metadata": {}, "outputs": [],
                                  "source": textwrap.dedent(c)} for c in cells],
                       "metadata": {}, "nbformat": 4, "nbformat_minor": 5})


# -- lists grown in a loop, files read from paths that are data ------------------------------------------------

def test_list_appended_in_a_loop_holds_rows_and_its_statistics_leak():
    loop = """\
        import numpy as np
        from PIL import Image
        from sklearn.model_selection import train_test_split
        images = []
        for path in paths:
            img = np.asarray(Image.open(path), dtype=np.float32)
            {per_image}
            images.append(img)
        images = np.stack(images)
        {whole}
        X_train, X_test, y_train, y_test = train_test_split(images, labels)
        """
    leaky = loop.format(per_image="pass", whole="images = (images - images.mean()) / images.std()")
    assert ("DA301", "train.py:10") in _leaks(leaky)
    clean = loop.format(per_image="img = (img - img.mean()) / img.std()", whole="pass")
    assert _leaks(clean) == []


def test_files_read_from_the_same_paths_are_the_same_rows():
    source = """\
        import glob
        import numpy as np
        from PIL import Image
        from sklearn.model_selection import train_test_split
        paths = sorted(glob.glob("faces/*.png"))
        def read(p):
            return np.asarray(Image.open(p), dtype=np.float32)
        mean_face = np.mean([read(p) for p in paths], axis=0)
        X = np.stack([(read(p) - mean_face).ravel() for p in paths])
        X_tr, X_te = train_test_split(X)
        """
    assert ("DA301", "train.py:8") in _leaks(source)


# -- selection by a model's coefficients or importances --------------------------------------------------------

def test_columns_kept_by_coefficients_of_a_model_fitted_on_all_rows():
    source = """\
        import pandas as pd
        from sklearn.linear_model import LassoCV, LinearRegression
        from sklearn.model_selection import train_test_split
        wine = pd.read_csv("wine.csv")
        cols = wine.columns.drop("quality")
        lasso = LassoCV().fit({fit_on}[cols], {fit_on}["quality"])
        coef = pd.Series(lasso.coef_, index=cols)
        keep = coef[coef.abs() > 1e-4].index
        """
    before = "train, test = train_test_split(wine)\n"
    after = "ols = LinearRegression().fit(train[keep], train['quality'])\nols.score(test[keep], test['quality'])\n"
    leaky = textwrap.dedent(source.format(fit_on="wine")) + before + after
    assert ("DA301", "train.py:6") in _leaks(leaky)
    clean = before + textwrap.dedent(source.format(fit_on="train")) + after
    assert _leaks(clean) == []


def test_rankings_and_filters_by_importance_carry_the_statistic():
    head = """\
        import pandas as pd
        from sklearn.ensemble import RandomForestClassifier
        from sklearn.model_selection import train_test_split
        df = pd.read_csv("d.csv")
        X, y = df.drop(columns="t"), df["t"]
        rf = RandomForestClassifier().fit(X, y)
        """
    tail = "X_train, X_test, y_train, y_test = train_test_split(X[top], y)\n"
    sorted_zip = "imp = sorted(zip(rf.feature_importances_, X.columns), reverse=True)\n" \
                 "top = [name for _, name in imp[:10]]\n"
    key_lambda = "top = sorted(X.columns, key=lambda c: rf.feature_importances_[list(X.columns).index(c)])[:10]\n"
    threshold = "top = [c for c, s in zip(X.columns, rf.feature_importances_) if s > 0.01]\n"
    support = ("from sklearn.feature_selection import SelectFromModel\n"
               "top = X.columns[SelectFromModel(rf, prefit=True).get_support()]\n")
    for selection in (sorted_zip, key_lambda, threshold, support):
        assert ("DA301", "train.py:6") in _leaks(textwrap.dedent(head) + selection + tail), selection
    # Printed only: nothing reaches the data.
    printed = "for s, name in sorted(zip(rf.feature_importances_, X.columns))[:5]:\n    print(name, s)\n"
    assert _leaks(textwrap.dedent(head) + printed + "X_train, X_test = train_test_split(X)\n") == []


def test_booster_trained_by_the_library_function_selects_columns():
    source = """\
        import lightgbm as lgb
        import numpy as np
        import pandas as pd
        from sklearn.model_selection import train_test_split
        df = pd.read_csv("d.csv")
        X, y = df.drop(columns="t"), df["t"]
        {split_first}
        booster = lgb.train({{"objective": "binary"}}, lgb.Dataset({rows}, label={labels}), 100)
        top = X.columns[np.argsort(booster.feature_importance("gain"))[::-1][:20]]
        {split_after}
        final = lgb.train({{}}, lgb.Dataset(X_tr[top], label=y_tr), valid_sets=[lgb.Dataset(X_va[top], label=y_va)])
        """
    split = "X_tr, X_va, y_tr, y_va = train_test_split(X, y)"
    leaky = source.format(split_first="", rows="X", labels="y", split_after=split)
    assert ("DA301", "train.py:8") in _leaks(leaky)
    clean = source.format(split_first=split, rows="X_tr", labels="y_tr", split_after="")
    assert _leaks(clean) == []


# -- splits the analysis did not count right ------------------------------------------------------------------

def test_np_split_with_computed_bounds_gives_one_part_per_target():
    source = """\
        import numpy as np
        from sklearn.preprocessing import StandardScaler
        table = np.loadtxt("t.csv", delimiter=",")
        {scale_all}
        train, valid, test = np.split(table, [int(0.7 * len(table)), int(0.85 * len(table))])
        {scale_train}
        fit_x, val_x, test_x = (sc.transform(part) for part in (train, valid, test))
        """
    clean = source.format(scale_all="", scale_train="sc = StandardScaler().fit(train)")
    assert _leaks(clean) == []
    leaky = source.format(scale_all="sc = StandardScaler().fit(table)", scale_train="")
    assert ("DA301", "train.py:4") in _leaks(leaky)


def test_patsy_formula_data_given_as_a_dict_of_columns():
    source = """\
        import pandas as pd
        from patsy import dmatrix
        from sklearn.linear_model import LinearRegression
        from sklearn.model_selection import cross_val_score
        wages = pd.read_csv("wage.csv")
        basis = dmatrix("{term}", {{"age": wages["age"]}}, return_type="dataframe")
        cross_val_score(LinearRegression(), basis, wages["wage"], cv=10)
        """
    assert ("DA301", "train.py:6") in _leaks(source.format(term="bs(age, df=6)"))
    assert _leaks(source.format(term="np.log(age)")) == []


def test_fill_carrying_the_last_training_value_into_the_test_period():
    source = """\
        import pandas as pd
        frame = pd.read_csv("monthly.csv")
        train, test = frame.iloc[:-12], frame.iloc[-12:]
        train = train.assign(temp=train["temp"].ffill())
        test_temp = pd.concat([train["temp"].tail(1), test["temp"]]).ffill().iloc[1:]
        """
    assert _leaks(source) == []
    # Filled together and then trained on: the test period's values reach training rows.
    leaky = """\
        import pandas as pd
        from sklearn.linear_model import Ridge
        frame = pd.read_csv("monthly.csv")
        train, test = frame.iloc[:-12], frame.iloc[-12:]
        both = pd.concat([train, test]).bfill()
        Ridge().fit(both.iloc[:-12][["temp"]], both.iloc[:-12]["y"])
        """
    assert [code for code, _where in _leaks(leaky)] == ["DA302"]


# -- programs of several files -------------------------------------------------------------------------------

PREPARE_IN_FUNCTION = """\
    import pandas as pd
    def build(path_in, path_out):
        loans = pd.read_csv(path_in)
        loans = loans.fillna(loans.median())
        loans.to_parquet(path_out)
    if __name__ == "__main__":
        build("raw/loans.csv", "features/loans.parquet")
    """
SPLIT_PARQUET = """\
    import pandas as pd
    from sklearn.model_selection import train_test_split
    loans = pd.read_parquet("features/loans.parquet")
    train, test = train_test_split(loans)
    """


def test_path_given_to_a_function_links_the_files():
    assert hand_offs(load_code_file("build.py", textwrap.dedent(PREPARE_IN_FUNCTION)))[0] == {"loans.parquet"}
    assert ("DA301", "build.py:4") in _program({"build.py": PREPARE_IN_FUNCTION, "model.py": SPLIT_PARQUET})


def test_function_of_an_imported_module_writes_the_hand_off():
    files = {
        "src/features.py": """\
            import numpy as np
            from sklearn.decomposition import PCA
            def reduce_and_save(matrix, out_path):
                reduced = PCA(n_components=10).fit_transform(matrix)
                np.save(out_path, reduced)
            """,
        "run_features.py": """\
            import numpy as np
            from src.features import reduce_and_save
            reduce_and_save(np.load("faces.npy"), "data/faces_pca.npy")
            """,
        "run_train.py": """\
            import numpy as np
            from sklearn.model_selection import train_test_split
            X = np.load("data/faces_pca.npy")
            X_train, X_test = train_test_split(X)
            """,
    }
    assert ("DA301", "src/features.py:4") in _program(files)


def test_names_imported_from_another_script_hold_what_it_prepared():
    prepare = """\
        import pandas as pd
        from sklearn.preprocessing import MinMaxScaler
        df = pd.read_csv("churn.csv")
        {scale}
        X, y = df[["a", "b"]], df["c"]
        """
    train = """\
        from sklearn.model_selection import train_test_split
        {imp}
        X_train, X_test, y_train, y_test = train_test_split({x}, {y})
        """
    scale = "df[['a', 'b']] = MinMaxScaler().fit_transform(df[['a', 'b']])"
    for imp, x, y in (("from prepare import X, y", "X", "y"), ("import prepare", "prepare.X", "prepare.y")):
        files = {"prepare.py": prepare.format(scale=scale), "train.py": train.format(imp=imp, x=x, y=y)}
        assert ("DA301", "prepare.py:4") in _program(files), imp
        files["prepare.py"] = prepare.format(scale="df['r'] = df['a'] / df['b']")
        assert _program(files) == [], imp


def test_h5py_file_written_then_read_back():
    write = """\
        import h5py
        import numpy as np
        tiles = np.load("tiles.npy").astype("float32")
        {scale}
        with h5py.File("tiles.h5", "w") as h5:
            h5.create_dataset("images", data=tiles)
            h5["labels"] = np.load("labels.npy")
        """
    read = """\
        import h5py
        from sklearn.model_selection import train_test_split
        with h5py.File("tiles.h5", "r") as h5:
            images = h5["images"][:]
        train, test = train_test_split(images)
        """
    leaky = {"make.py": write.format(scale="tiles = (tiles - tiles.mean(0)) / tiles.std(0)"), "train.py": read}
    assert ("DA301", "make.py:4") in _program(leaky)
    assert _program({"make.py": write.format(scale="tiles = tiles / 255.0"), "train.py": read}) == []


def test_paths_from_command_line_defaults_and_path_variables():
    clean_data = """\
        import argparse
        import pandas as pd
        parser = argparse.ArgumentParser()
        parser.add_argument("--out", default="data/clean.csv")
        args = parser.parse_args()
        df = pd.read_csv("raw.csv")
        df = df.fillna(df.median())
        df.to_csv(args.out)
        """
    pathlib_write = """\
        from pathlib import Path
        import pandas as pd
        OUT = Path("data") / "clean.csv"
        df = pd.read_csv("raw.csv")
        df = df.fillna(df.median())
        df.to_csv(OUT)
        """
    train = """\
        import pandas as pd
        from sklearn.model_selection import train_test_split
        train, test = train_test_split(pd.read_csv("data/clean.csv"))
        """
    assert ("DA301", "clean_data.py:7") in _program({"clean_data.py": clean_data, "train.py": train})
    assert ("DA301", "write.py:5") in _program({"write.py": pathlib_write, "train.py": train})


def test_notebook_that_runs_another_notebook():
    features = _notebook("import pandas as pd\nfrom sklearn.preprocessing import StandardScaler",
                         "heart = pd.read_csv('heart.csv')\n"
                         "heart[['age']] = StandardScaler().fit_transform(heart[['age']])")
    model = _notebook("%run ./01_features.ipynb",
                      "from sklearn.model_selection import train_test_split\n"
                      "train, test = train_test_split(heart)")
    assert _program({"01_features.ipynb": features, "02_model.ipynb": model}) == [
        ("DA301", "01_features.ipynb:cell2:2")]
    script = "exec(open('01_features.py').read())\nfrom sklearn.model_selection import train_test_split\n" \
             "train, test = train_test_split(heart)\n"
    prepare = "import pandas as pd\nheart = pd.read_csv('heart.csv')\nheart = heart / heart.max()\n"
    assert ("DA301", "01_features.py:3") in _program({"01_features.py": prepare, "02_model.py": script})


def test_apply_of_a_scaling_function_by_column_not_by_row():
    source = """\
        import pandas as pd
        from scipy import stats
        from sklearn.model_selection import train_test_split
        seeds = pd.read_csv("seeds.csv")
        seeds[["a", "b"]] = seeds[["a", "b"]].apply(stats.zscore{axis})
        X_train, X_test = train_test_split(seeds)
        """
    assert _leaks(source.format(axis="")) == [("DA301", "train.py:5")]
    assert _leaks(source.format(axis=", axis=1")) == []


def test_paths_held_by_a_config_module_link_the_steps():
    files = {
        "config.py": 'RAW = "raw/train.csv"\nFEATURES = "work/features.csv"\n',
        "features.py": """\
            import pandas as pd
            import config
            df = pd.read_csv(config.RAW)
            df["fare"] = (df["fare"] - df["fare"].mean()) / df["fare"].std()
            df.to_csv(config.FEATURES)
            """,
        "model.py": """\
            import pandas as pd
            from sklearn.model_selection import train_test_split
            from config import FEATURES
            train, valid = train_test_split(pd.read_csv(FEATURES))
            """,
    }
    assert ("DA301", "features.py:4") in _program(files)
    files["features.py"] = files["features.py"].replace('(df["fare"] - df["fare"].mean()) / df["fare"].std()',
                                                        'df["fare"] / 100')
    assert _program(files) == []


def test_torch_save_of_a_dict_is_read_back_by_key():
    files = {
        "prep.py": """\
            import torch
            x = torch.load("raw.pt")
            x = (x - x.mean(0)) / x.std(0)
            torch.save({"x": x, "y": torch.load("labels.pt")}, "dataset.pt")
            """,
        "train.py": """\
            import torch
            from torch.utils.data import TensorDataset, random_split
            blob = torch.load("dataset.pt")
            train_ds, val_ds = random_split(TensorDataset(blob["x"], blob["y"]), [0.8, 0.2])
            """,
    }
    assert ("DA301", "prep.py:3") in _program(files)


def test_statistics_read_by_rank_vectorize_assign_and_dicts_filled_in_loops():
    head = """\
        import numpy as np
        import pandas as pd
        from sklearn.model_selection import train_test_split
        df = pd.read_csv("d.csv")
        """
    tail = "train, test = train_test_split(df)\n"
    leaky = {
        "rank": 'df["inc_pct"] = df["inc"].rank(pct=True)\n',
        "vectorize": 'f = np.vectorize(lambda v: int(v > df["a"].median()))\ndf["hi"] = f(df["a"])\n',
        "assign": 'a_mean = df["a"].mean()\ndf = df.assign(a_c=lambda d: d["a"] - a_mean)\n',
        "dict": ('ranges = {}\nfor c in ["a", "b"]:\n    ranges[c] = (df[c].min(), df[c].max())\n'
                 'for c, (lo, hi) in ranges.items():\n    df[c] = (df[c] - lo) / (hi - lo)\n'),
    }
    for name, body in leaky.items():
        assert _leaks(textwrap.dedent(head) + body + tail), name
    clean = {
        "rank": 'ranks = df[["a", "b", "c"]].rank(axis=1)\n',
        "vectorize": 'f = np.vectorize(lambda v: int(v > 3))\ndf["hi"] = f(df["a"])\n',
        "assign": 'df = df.assign(total=lambda d: d["a"] + d["b"], share=lambda d: d["a"] / d["total"])\n',
        "dict": 'ranges = {}\nfor c in ["a", "b"]:\n    ranges[c] = (0, 100)\n',
    }
    for name, body in clean.items():
        assert _leaks(textwrap.dedent(head) + body + tail) == [], name


def test_ipython_store_and_pandas_pickle_hand_offs():
    clean = _notebook("import pandas as pd\nfrom sklearn.preprocessing import PowerTransformer",
                      "wine = pd.read_csv('wine.csv')\nwine[['s']] = PowerTransformer().fit_transform(wine[['s']])",
                      "%store wine")
    model = _notebook("%store -r wine", "from sklearn.model_selection import train_test_split\n"
                                        "train, test = train_test_split(wine)")
    assert _program({"1_clean.ipynb": clean, "2_model.ipynb": model}) == [("DA301", "1_clean.ipynb:cell2:2")]
    etl = "import pandas as pd\norders = pd.read_csv('o.csv')\norders = orders.fillna(orders.mean())\n" \
          "pd.to_pickle(orders, 'orders.pkl')\n"
    model_py = "import pandas as pd\nfrom sklearn.model_selection import train_test_split\n" \
               "train, test = train_test_split(pd.read_pickle('orders.pkl'))\n"
    assert ("DA301", "etl.py:3") in _program({"etl.py": etl, "model.py": model_py})


def test_driver_script_and_shell_escape_run_other_files_first():
    from dataaudit.auditors.preprocessing.program import _file_io
    driver = load_code_file("run_all.py", 'import subprocess\nfor s in ["prepare.py", "train.py"]:\n'
                                          '    subprocess.run(["python", s], check=True)\n')
    assert _file_io(driver).runs == {"prepare.py", "train.py"}
    notebook = load_code_file("explore.ipynb", _notebook("!python prepare.py --fast", "import pandas as pd"))
    assert _file_io(notebook).runs == {"prepare.py"}


def test_statsmodels_models_fit_on_the_rows_they_are_built_with():
    source = """\
        import pandas as pd
        import statsmodels.api as sm
        from sklearn.model_selection import train_test_split
        df = pd.read_csv("startups.csv")
        X, y = sm.add_constant(df.drop(columns="Profit")), df["Profit"]
        {split_first}
        cols = list(X.columns)
        while True:
            ols = sm.OLS({y}, {X}[cols]).fit()
            worst = ols.pvalues.idxmax()
            if ols.pvalues[worst] < 0.05:
                break
            cols.remove(worst)
        {split_after}
        """
    after = "X_tr, X_te, y_tr, y_te = train_test_split(X[cols], y)"
    assert ("DA301", "train.py:9") in _leaks(source.format(split_first="", y="y", X="X", split_after=after))
    first = "X_tr, X_te, y_tr, y_te = train_test_split(X, y)"
    used = "model = sm.OLS(y_tr, X_tr[cols]).fit(); model.predict(X_te[cols])"
    assert _leaks(source.format(split_first=first, y="y_tr", X="X_tr", split_after=used)) == []
    formula = """\
        import pandas as pd
        import statsmodels.formula.api as smf
        from sklearn.model_selection import train_test_split
        df = pd.read_csv("d.csv")
        res = smf.logit("y ~ a + b + c", data=df).fit()
        sig = [name for name, p in res.pvalues.items() if p < 0.05]
        train, test = train_test_split(df[sig + ["y"]])
        """
    assert ("DA301", "train.py:5") in _leaks(formula)


def test_estimator_early_stopping_holds_out_part_of_its_rows():
    source = """\
        import numpy as np
        from sklearn.neural_network import MLPClassifier
        from sklearn.preprocessing import StandardScaler
        X, y = np.load("x.npy"), np.load("y.npy")
        X = {scaling}
        MLPClassifier(early_stopping={stopping}, validation_fraction=0.15).fit(X, y)
        """
    assert _leaks(source.format(scaling="StandardScaler().fit_transform(X)", stopping="True")) == [
        ("DA301", "train.py:5")]
    assert _leaks(source.format(scaling="StandardScaler().fit_transform(X)", stopping="False")) == []
    assert _leaks(source.format(scaling="X / 15.0", stopping="True")) == []
    # The canonical pattern: split, scale on the training part, early stopping inside it, score on the test part.
    # The hold-out only picks the stopping epoch; the reported figure comes from an untouched test part.
    after_split = """\
        import numpy as np
        from sklearn.model_selection import train_test_split
        from sklearn.neural_network import MLPClassifier
        from sklearn.preprocessing import StandardScaler
        X, y = np.load("x.npy"), np.load("y.npy")
        X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2)
        scaler = StandardScaler()
        X_train = scaler.fit_transform(X_train)
        clf = MLPClassifier(early_stopping=True).fit(X_train, y_train)
        print(clf.score(scaler.transform(X_test), y_test))
        """
    assert _leaks(after_split) == []


def test_gensim_embeddings_and_stateful_formula_models():
    source = """\
        import numpy as np
        import pandas as pd
        from gensim.models import Word2Vec
        from sklearn.model_selection import train_test_split
        df = pd.read_csv("reviews.csv")
        tokens = [t.split() for t in df["text"]]
        w2v = Word2Vec(sentences=tokens, vector_size=50)
        X = np.vstack([np.mean([w2v.wv[w] for w in t], axis=0) for t in tokens])
        X_train, X_test = train_test_split(X)
        """
    assert ("DA301", "train.py:7") in _leaks(source)
    formula = """\
        import pandas as pd
        import statsmodels.formula.api as smf
        cars = pd.read_csv("mtcars.csv")
        holdout = cars.sample(frac=0.25)
        model = smf.ols("mpg ~ {term}", data={rows}).fit()
        model.predict(holdout)
        """
    assert _leaks(formula.format(term="standardize(hp)", rows="cars")) == [("DA302", "train.py:5")]
    assert _leaks(formula.format(term="standardize(hp)", rows="cars.drop(holdout.index)")) == []
    assert _leaks(formula.format(term="np.log(hp)", rows="cars")) == []


def test_saved_keras_model_and_sparse_matrix_hand_offs():
    train = """\
        import numpy as np
        from tensorflow import keras
        X = np.load("x.npy")
        norm = keras.layers.Normalization()
        norm.adapt({rows})
        model = keras.Sequential([norm, keras.layers.Dense(1)])
        model.save("m.keras")
        """
    evaluate = """\
        import numpy as np
        from sklearn.model_selection import train_test_split
        from tensorflow import keras
        X, y = np.load("x.npy"), np.load("y.npy")
        _, X_test, _, y_test = train_test_split(X, y, random_state=0)
        keras.models.load_model("m.keras").evaluate(X_test, y_test)
        """
    assert _program({"train.py": train.format(rows="X"), "evaluate.py": evaluate}) == [("DA301", "train.py:5")]
    vectorize = """\
        import pandas as pd
        from scipy import sparse
        from sklearn.feature_extraction.text import TfidfVectorizer
        X = TfidfVectorizer().fit_transform(pd.read_csv("t.csv")["body"])
        sparse.save_npz("tfidf.npz", X)
        """
    classify = """\
        from scipy import sparse
        from sklearn.model_selection import train_test_split
        X_train, X_test = train_test_split(sparse.load_npz("tfidf.npz"))
        """
    assert _program({"vectorize.py": vectorize, "classify.py": classify}) == [("DA301", "vectorize.py:4")]


def test_gaps_filled_from_shifted_or_rolling_neighbours():
    source = """\
        import pandas as pd
        from sklearn.model_selection import train_test_split
        m = pd.read_csv("meter.csv")
        {line}
        train, test = train_test_split(m)
        """
    for fill in ('m["kwh"] = m["kwh"].fillna(m["kwh"].shift(-1))',
                 'm["kwh"] = m["kwh"].fillna(m["kwh"].rolling(24, center=True, min_periods=1).mean())'):
        assert _leaks(source.format(line=fill)) == [("DA301", "train.py:4")], fill
    for stateless in ('m["kwh"] = m["kwh"].fillna(0.0)', 'm["lag"] = m["kwh"].shift(1)'):
        assert _leaks(source.format(line=stateless)) == [], stateless


def test_label_encoder_codes_split_as_features_learn_categories():
    source = """\
        import pandas as pd
        from sklearn.model_selection import train_test_split
        from sklearn.preprocessing import MultiLabelBinarizer
        movies = pd.read_csv("movies.csv")
        codes = MultiLabelBinarizer().fit_transform(movies["genres"].str.split("|"))
        {split}
        """
    assert _leaks(source.format(split="train_test_split(codes, movies['rating'])")) == [("DA301", "train.py:5")]
    assert _leaks(source.format(split="train_test_split(movies[['budget']], codes)")) == []


def test_importances_in_a_dict_ranked_by_value():
    source = """\
        import pandas as pd
        from sklearn.ensemble import ExtraTreesClassifier
        from sklearn.model_selection import train_test_split
        df = pd.read_csv("d.csv")
        X, y = df.drop(columns="y"), df["y"]
        trees = ExtraTreesClassifier().fit(X, y)
        ranking = dict(zip(X.columns, trees.feature_importances_))
        best = [k for k, v in sorted(ranking.items(), key=lambda kv: kv[1], reverse=True)][:8]
        X_train, X_test, y_train, y_test = train_test_split(X[best], y)
        """
    assert _leaks(source) == [("DA301", "train.py:6")]


def test_n_iter_no_change_holds_out_rows_only_for_gradient_boosting():
    source = """\
        import numpy as np
        from sklearn.ensemble import GradientBoostingClassifier
        from sklearn.linear_model import SGDClassifier
        from sklearn.preprocessing import StandardScaler
        X, y = np.load("x.npy"), np.load("y.npy")
        X = StandardScaler().fit_transform(X)
        {model}(n_iter_no_change=5).fit(X, y)
        """
    assert _leaks(source.format(model="GradientBoostingClassifier")) == [("DA301", "train.py:6")]
    assert _leaks(source.format(model="SGDClassifier")) == []


def test_path_parameter_given_by_keyword():
    prepare = PREPARE_IN_FUNCTION.replace('build("raw/loans.csv", "features/loans.parquet")',
                                          'build(path_in="raw/loans.csv", path_out="features/loans.parquet")')
    assert hand_offs(load_code_file("build.py", textwrap.dedent(prepare))) == ({"loans.parquet"}, {"loans.csv"})


def test_forward_fill_before_an_order_keeping_split_is_clean():
    # ffill carries values from earlier rows to later ones only: a split that keeps row order with the evaluation
    # rows last gets no evaluation value into a training row; bfill, or a shuffled split, does.
    source = """\
        import pandas as pd
        from sklearn.model_selection import TimeSeriesSplit, cross_val_score, train_test_split
        from sklearn.linear_model import Ridge
        df = pd.read_csv("sales.csv", parse_dates=["date"]).sort_values("date")
        df["price"] = df["price"].{fill}
        X, y = df[["price", "promo"]], df["units"]
        {split}
        """
    ordered = ["X_train, X_test, y_train, y_test = train_test_split(X, y, shuffle=False)",
               "print(cross_val_score(Ridge(), X, y, cv=TimeSeriesSplit(5)))",
               "tscv = TimeSeriesSplit(n_splits=5); print(cross_val_score(Ridge(), X, y, cv=tscv))",
               "n = int(len(X) * 0.8); X_train, X_test = X[:n], X[n:]",
               "for tr, te in TimeSeriesSplit(4).split(X): Ridge().fit(X.iloc[tr], y.iloc[tr])"]
    for split in ordered:
        for fill in ("ffill()", 'fillna(method="ffill")', 'fillna(method="pad")'):
            assert _leaks(source.format(fill=fill, split=split)) == [], (fill, split)
        assert _leaks(source.format(fill="bfill()", split=split)) == [("DA301", "train.py:5")], split
    shuffled = "X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2)"
    assert _leaks(source.format(fill="ffill()", split=shuffled)) == [("DA301", "train.py:5")]
